"""Words and names several stages share: calendar names, number words, name helpers."""
