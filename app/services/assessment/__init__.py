"""Assessment: per-answer measurements (metrics.py) and analysis (analysis.py, on every turn), scores (scoring.py),
feedback (feedback.py), the optional rubric grader (grader.py), a whole interview (evaluation.py), stored results
and progress (storage.py), and the PDF report (report.py).
"""
