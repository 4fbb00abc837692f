"""The headless command-line interface (`python main.py <command>`)."""
