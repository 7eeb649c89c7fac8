-- The unit, indicator and period of every figure whose sources give different values or ranks.
SELECT DISTINCT unit_id, indicator_id, period FROM conflicts
