-- Scale (issue 10): assigning an article to a story takes MAX(assigned_seq) + 1, which without
-- an index of its own scans every article, so that storing an article cost more the more
-- articles were stored. The index makes it one lookup. Versioned 2.10 after the issue, like 2.3.

CREATE INDEX articles_assigned ON articles (assigned_seq);
