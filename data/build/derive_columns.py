#!/usr/bin/env python3
"""Adds the project's two derived columns to countries.csv and their rows to indicators.csv.

Run after build_countries.py (which writes both files from raw/); python3 stdlib only.
Re-running it is harmless: it replaces the derived columns and rows it finds.

gdp_pc_growth_5y_pct  mean of GDP per capita growth (annual %) over 2015-2019, from
                      raw/gapminder_sg_gdp_per_capita_yearly_growth.csv; a country gets a value
                      only when all five years are present. Computed in exact decimal
                      arithmetic (the five raw strings summed, divided by 5), written without
                      trailing zeros. One year of growth is a noisy measure of "chance"; the
                      five-year mean moves by a fifth of any one year's surprise.
online_population     internet users in persons: internet_users_pct / 100 x population, both
                      2019 columns of countries.csv, exact decimal product rounded half-even to
                      a whole person. The scale of the home online market (how many buyers a
                      platform can reach), paired with the penetration rate.
"""
import csv
import os
from decimal import Decimal, ROUND_HALF_EVEN

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
GROWTH = os.path.join(DATA, 'raw', 'gapminder_sg_gdp_per_capita_yearly_growth.csv')
YEARS = range(2015, 2020)
DERIVED = ['gdp_pc_growth_5y_pct', 'online_population']


def plain(d):
    s = format(d.normalize(), 'f')
    return s


def main():
    growth = {}
    with open(GROWTH, newline='', encoding='utf-8') as f:
        for r in csv.DictReader(f):
            if r['gdp_per_capita_yearly_growth'] != '':
                growth.setdefault(r['iso3'], {})[int(r['year'])] = Decimal(
                    r['gdp_per_capita_yearly_growth'])
    path = os.path.join(DATA, 'countries.csv')
    with open(path, newline='', encoding='utf-8') as f:
        reader = csv.DictReader(f)
        header = [c for c in reader.fieldnames if c not in DERIVED]
        rows = list(reader)
    covered = {c: 0 for c in DERIVED}
    for r in rows:
        g = growth.get(r['iso3'], {})
        if all(y in g for y in YEARS):
            r['gdp_pc_growth_5y_pct'] = plain(sum(g[y] for y in YEARS) / 5)
            covered['gdp_pc_growth_5y_pct'] += 1
        else:
            r['gdp_pc_growth_5y_pct'] = ''
        if r['internet_users_pct'] and r['population']:
            users = Decimal(r['internet_users_pct']) * Decimal(r['population']) / 100
            r['online_population'] = plain(users.quantize(Decimal(1), ROUND_HALF_EVEN))
            covered['online_population'] += 1
        else:
            r['online_population'] = ''
    with open(path, 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, fieldnames=header + DERIVED, lineterminator='\n')
        w.writeheader()
        w.writerows(rows)
    n = len(rows)
    meta = os.path.join(DATA, 'indicators.csv')
    with open(meta, newline='', encoding='utf-8') as f:
        reader = csv.DictReader(f)
        fields = reader.fieldnames
        kept = [r for r in reader if r['code'] not in DERIVED]
    kept.append({
        'code': 'gdp_pc_growth_5y_pct',
        'full_name': 'GDP per capita growth, mean of 2015-2019 (annual %); derived by this'
                     ' project from gdp_per_capita_yearly_growth (WDI NY.GDP.PCAP.KD.ZG)',
        'unit': '% per year', 'source': 'Gapminder systema_globalis (linked to World Bank WDI'
                                        ' NY.GDP.PCAP.KD.ZG); 5-year mean derived by'
                                        ' build/derive_columns.py',
        'year': '2019', 'direction': '1', 'diamond_factor': 'Chance',
        'influence_area': 'National competitive advantage',
        'raw_file': 'raw/gapminder_sg_gdp_per_capita_yearly_growth.csv',
        'raw_column': 'gdp_per_capita_yearly_growth (mean of 2015-2019)',
        'coverage': f"{covered['gdp_pc_growth_5y_pct']}/{n}"})
    kept.append({
        'code': 'online_population',
        'full_name': 'Internet users, persons: internet_users_pct / 100 x population (2019);'
                     ' derived by this project',
        'unit': 'persons', 'source': 'ITU via World Bank WDI and Gapminder pop v8 (UN WPP);'
                                     ' product derived by build/derive_columns.py',
        'year': '2019', 'direction': '1', 'diamond_factor': 'Demand conditions',
        'influence_area': 'Platform building',
        'raw_file': 'raw/gapminder_sg_internet_users.csv; raw/gapminder_ft_pop.csv',
        'raw_column': 'internet_users x pop / 100',
        'coverage': f"{covered['online_population']}/{n}"})
    with open(meta, 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator='\n')
        w.writeheader()
        w.writerows(kept)
    print('derived', covered, 'of', n)


if __name__ == '__main__':
    main()
