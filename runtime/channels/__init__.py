"""Delivery channels: email, webhooks, reports."""
