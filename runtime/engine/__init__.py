"""The execution engine: enrollment, steps, decisions, waits, retries."""
