"""The journal: free entries and guided prompts (prompts.py), written through service.py."""
