"""Flow → Web form address…: the address (and a sample HTML form) that starts the open flow."""
