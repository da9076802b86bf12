"""llmextract."""
