-- @title_en Coverage of the district PAR index
-- @title_vi Mức độ đầy đủ của Chỉ số CCHC cấp huyện
-- @description_en For each of the 30 units and each year 2016–2024: whether a score or rank is published in our sources, and whether sources disagree.
-- @description_vi Với mỗi đơn vị và mỗi năm 2016–2024: đã có điểm hoặc thứ hạng trong các nguồn chưa, và các nguồn có khác nhau không.
-- @primary_key unit_id, year
CREATE OR REPLACE VIEW district_par_index_coverage AS
SELECT unit_id, year, status, has_score, has_rank, sources
FROM coverage
WHERE indicator_id = 'par_index_district' AND unit_level = 'district'
ORDER BY unit_id, year
