"""Import PETRARCH/Phoenix actor, agent and verb dictionaries into user-KB files.

    import_phoenix(paths, out_dir) -> dict[str, int]

Writes into `out_dir` (formats in docs/kb.md):

- ``people-phoenix.tsv``: one row per *dated* code of a person entry.
- ``orgs-phoenix.tsv``: one row per organisation entry.
- ``agents-phoenix.tsv``: one row per agent term.
- ``countries-phoenix.tsv``: one row per country of the dictionaries' own: an
  entry whose codes are all one bare 3-letter code that is no ISO or bundled
  country, CAMEO role, region, religion or IGO code (PETRARCH's toy ``ARNOR_ [ARN]``,
  ``GONDOR [GON]``): ``iso3`` the code, ``name`` the first entry's name, ``aliases``
  its ``+`` lines and the names of later entries with the same code; the other
  columns empty. These codes count as countries when the people, orgs and agents of
  the same import are split (``ARNGOV`` -> ARN, GOV). A single all-caps word of 3-5
  letters with a vowel kept as an acronym (``ARNOR``, ``BREE``, ``NATO``) also gets its
  title-cased form as an alias (``Arnor``): the KB matches names case-sensitively.

- ``triggers-phoenix.yaml``: trigger entries (``rules/triggers-*.yaml`` format, read
  by ``newsgraph.events.load_triggers``) from verb dictionaries.

The people and orgs files are written when at least one actor dictionary is among
`paths`, the agents file when at least one agents dictionary is (a file whose name
contains "agent"), the triggers file when at least one verb dictionary is (a file
whose name contains "verb", e.g. ``PETR.Validate.verbs.txt``, or that holds verb blocks,
e.g. PETRARCH's ``CAMEO.2.0.txt``); a file of a kind that
was not imported is left alone.

The returned dict has the number of rows written per file name, plus ``skipped``
(lines and entries that could not be used; each one is logged as a warning naming
file and line), ``places`` (country and territory entries, not written: countries
come from the bundled ``countries.tsv``), ``duplicates`` (repeated entries and
terms merged into an earlier one), ``null_code`` (entries coded ``[---]``,
PETRARCH's "not an actor", not written) and ``unmapped`` (agent terms whose code
has no sector of the KB vocabulary, e.g. ``[~BED]``, not written) and ``bundled``
(agent terms the bundled ``agents*.tsv`` already has, not written; see
`import_phoenix`).

For verb dictionaries it also has ``verbs`` and ``verb_patterns`` (lines read),
``verbs_skipped`` and ``verb_patterns_skipped`` (lines of a shape the trigger format
cannot say), ``not_cameo`` (codes not in newsgraph's CAMEO table), ``verb_null_code``
(``[---]``), ``verb_duplicates`` and ``verb_conflicts`` (see `newsgraph.phoenix_verbs`).

Every file written loads with `newsgraph.kb` (sectors are from its ``SECTORS``), and
the triggers file with `newsgraph.events.load_triggers` (codes are checked against
``newsgraph.cameo.codes()``).

The parts: `importer` (`import_phoenix`: which file is which kind), `actors` (reading an
actor dictionary), `brackets` (its ``[CODE date]`` codes), `classify` (entries -> countries,
people, orgs and their files), `codes` (CAMEO codes -> country and sector), `names`
(dictionary phrases -> names, aliases, ids), `agents` (agents dictionaries), `tsv` (the files'
names, columns and cells) and `stats` (counts and warnings). Verb dictionaries are read by
`newsgraph.phoenix_verbs` (format, mapping rule and counts in its module doc and in
docs/kb.md, "Verb dictionaries"), which also holds the line reader `_lines` and the file
writer `_write_lines` used here.
"""

from ..phoenix_verbs import (
    TRIGGERS_FILE,
    _is_verbs_file,  # noqa: F401  (tests import it from here)
)
from .agents import _bundled_agent_terms  # noqa: F401  (tests import it from here)
from .importer import import_phoenix
from .tsv import (
    AGENTS_COLUMNS,
    AGENTS_FILE,
    COUNTRIES_COLUMNS,
    COUNTRIES_FILE,
    ORGS_COLUMNS,
    ORGS_FILE,
    PEOPLE_COLUMNS,
    PEOPLE_FILE,
)

__all__ = [
    "import_phoenix",
    "PEOPLE_FILE",
    "ORGS_FILE",
    "AGENTS_FILE",
    "COUNTRIES_FILE",
    "TRIGGERS_FILE",
    "PEOPLE_COLUMNS",
    "ORGS_COLUMNS",
    "AGENTS_COLUMNS",
    "COUNTRIES_COLUMNS",
]
