-- Trigram matching for names in any script (Latin, Cyrillic, Thai) and typos.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
