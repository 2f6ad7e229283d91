"""Resumes and job descriptions: file type and text (extract.py), document structure (sections.py), the skill lexicon
(skills.py), the parsers (resume.py, job_description.py) and the upload service (service.py).
"""
