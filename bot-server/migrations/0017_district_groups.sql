-- One Zalo group per district where the province group is too small: each post and each console message
-- names the group it belongs to, 'province' or a district code (a district without its own group posts in
-- the province group).
ALTER TABLE group_outbox
  ADD COLUMN group_scope text NOT NULL DEFAULT 'province'
  CHECK (group_scope = 'province' OR group_scope ~ '^[0-9]{3}$');

ALTER TABLE console_group_messages
  ADD COLUMN group_scope text NOT NULL DEFAULT 'province'
  CHECK (group_scope = 'province' OR group_scope ~ '^[0-9]{3}$');
