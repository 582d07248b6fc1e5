-- Figures an analyst trusts (issue 22). A unit price ("2.037 USD/tấn", "69.800 đồng/cp", "500.000 đồng/m3") is an
-- amount per unit, not a sum: it keeps its unit, so that a total of money does not add prices to budgets. The
-- extraction rules changed with this migration (a period only from the figure's own sentence, a ratio only in the
-- shape of a target reached), so the knowledge of every article is read again (flows/migrations.py
-- REBUILDS_KNOWLEDGE).

ALTER TABLE fact_indicator ADD COLUMN per_unit VARCHAR;

COMMENT ON COLUMN fact_indicator.per_unit IS 'the unit of a unit price, e.g. tấn of 2.037 USD/tấn, tháng of 20 triệu đồng mỗi tháng, vé/tháng of 100.000 đồng/vé/tháng; null for an amount that is a sum (and for other kinds): only those add up';
COMMENT ON COLUMN fact_indicator.period IS 'the period the figure''s own sentence names, right after the figure (15 tỷ USD vào năm 2020) or before it (Năm 2016, ... 1.020 tỷ đồng), e.g. năm 2021, 6 tháng đầu năm 2019, quý I/2017; never a base of comparison (so với năm 2015) nor a period of an earlier sentence; null when none';
COMMENT ON COLUMN fact_indicator.achieved IS 'a ratio''s first figure (154 of 154/150 đảng viên); a ratio is a target reached: a/b followed by a counted thing, a plan word (chỉ tiêu, kế hoạch) or its share (đạt 102,7%), never an address, a code, a date or a fraction (1/3 số dân); null for other kinds';
