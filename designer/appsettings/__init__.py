"""Settings → Runtime settings…: the application settings of runtime.appsettings (webhook allowances, history)."""
