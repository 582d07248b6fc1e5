-- Figures reported per year and kind; money in billions (tỷ) of its currency.
SELECT year, kind, currency, figures, articles, round(total_money / 1e9, 1) AS total_money_billions
FROM indicators_by_year
ORDER BY year DESC NULLS LAST, kind, currency NULLS FIRST;
