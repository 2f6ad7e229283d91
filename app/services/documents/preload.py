"""Imported once by the document workers' forkserver: it loads the parsers and their tables (skills lexicon, the
GeoNames gazetteer, the job-title model: over a second together), so every worker forked from it starts warm and a
job's time limit measures the document alone."""

from app.services.documents import worker as _worker  # noqa: F401  (docx, pypdf and the parsers)
from app.services.documents.job_titles import names_a_job
from app.services.documents.places import is_place
from app.services.documents.skills import load_skill_lexicon

load_skill_lexicon()
is_place("Leeds")
names_a_job("Waitstaff")
