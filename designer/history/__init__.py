"""The History page: enrollments table, journey, chart, operator actions, canvas badges."""
