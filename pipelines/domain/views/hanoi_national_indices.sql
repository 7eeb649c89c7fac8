-- @title_en Hà Nội in national indices
-- @title_vi Hà Nội trong các chỉ số quốc gia
-- @description_en Hà Nội's published scores and ranks in every yearly index that ranks the 63 provinces (PAR INDEX and its components, SIPAS, PAPI, DTI, PCI, as the data has them) and the national averages, by year, with sources.
-- @description_vi Điểm và thứ hạng của Hà Nội trong mọi chỉ số hằng năm xếp hạng 63 tỉnh, thành (PAR INDEX và các chỉ số thành phần, SIPAS, PAPI, DTI, PCI, khi có số liệu) và trung bình cả nước, theo năm, kèm nguồn.
-- @primary_key obs_id
CREATE OR REPLACE VIEW hanoi_national_indices AS
SELECT
  obs_id, indicator_id, indicator_name_en, indicator_name_vi,
  CAST(year(period_start) AS INTEGER) AS year,
  unit_id, kind, comparator, value, rank,
  source_id, source_publisher_en, source_publisher_vi, source_title, source_url, source_published,
  note_en, note_vi
FROM figures
WHERE unit_id IN ('ha-noi', 'vn')
  AND indicator_rank_level = 'province'
  AND length(period) = 4
  AND kind <> 'group'
ORDER BY indicator_id, year, unit_id, kind, source_id, obs_id
