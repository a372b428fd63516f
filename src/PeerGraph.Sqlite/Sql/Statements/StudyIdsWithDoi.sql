-- The study with DOI key $doi (the DOI lower-cased).
SELECT s.id FROM study s WHERE s.doi_key = $doi;
