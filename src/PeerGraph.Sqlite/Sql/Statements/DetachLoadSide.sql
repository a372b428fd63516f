-- After a seed load's transaction ended: its side database is no longer read (LoadSideDatabase.cs).
DETACH DATABASE load_side;
