CREATE FULLTEXT INDEX search IF NOT EXISTS FOR (n:Study|Finding|Theme) ON EACH [n.title, n.keywordText, n.abstract, n.statement, n.evidence, n.name, n.description]
