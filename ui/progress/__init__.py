"""Progress charts. Modules here import pyqtgraph, so only the page's first show loads them."""
