"""Publication dates for undated articles: anchors from other articles, schedules, weighing."""
