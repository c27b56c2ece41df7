"""Learn articles: one Markdown file each with a front-matter block (see app/learn/library.py)."""
