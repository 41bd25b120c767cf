"""Nearer: a companion bot that helps couples reconnect, one small practice a day."""
