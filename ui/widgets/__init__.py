"""Small reusable widgets: cards, page scaffolding, labels with a role."""
