-- The ministry's ICP record number as its public footer shows it: `京ICP备05004093号`, without
-- the `-1` site suffix that migration 002 wrote for every site of the group (the sites share
-- the ministry's record). Only that value changes; a site given another record keeps it.
UPDATE sites SET icp = '京ICP备05004093号' WHERE icp = '京ICP备05004093号-1';
