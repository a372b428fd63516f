-- Study $study; its findings and links go with it (ON DELETE CASCADE).
DELETE FROM study WHERE id = $study;
