-- Registration codes belong to a campaign (a round's codes are its own; the next round prints new ones), and a
-- task team may serve a unit of a registry without districts (since 1/7/2025: province → commune).

-- Codes were kept per form ('PKS02'), for the June 2024 Bắc Giang registry: they are that round's.
ALTER TABLE registration_codes RENAME COLUMN survey_id TO campaign_id;
UPDATE registration_codes SET campaign_id = 'pks02-bac-giang-2024-06' WHERE campaign_id = 'PKS02';

-- A commune member of a unit without a district has none; a district member always has one.
ALTER TABLE group_members ALTER COLUMN district_code DROP NOT NULL;
ALTER TABLE group_members ADD CONSTRAINT group_members_unit_of_role CHECK (
  (role = 'commune' AND commune_code IS NOT NULL)
  OR (role = 'district' AND commune_code IS NULL AND district_code IS NOT NULL)
);
ALTER TABLE group_member_changes ALTER COLUMN district_code DROP NOT NULL;
ALTER TABLE group_member_changes ADD CONSTRAINT group_member_changes_unit_of_role CHECK (
  (role = 'commune' AND commune_code IS NOT NULL)
  OR (role = 'district' AND commune_code IS NULL AND district_code IS NOT NULL)
);

-- A commune's first photo of the day is counted per campaign.
CREATE INDEX photo_reports_campaign_day_idx ON photo_reports (campaign_id, commune_code, survey_day);
