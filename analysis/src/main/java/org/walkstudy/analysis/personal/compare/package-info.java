/**
 * Comparing one person's daily data with a study's walking protocol: the shipped protocols (a progressive
 * one ramps, {@link org.walkstudy.analysis.personal.compare.Ramp}), weekly adherence and dose with weeks
 * without data as "no data", the outcome's change from a baseline (moving-block bootstrap CI) and trend
 * (Theil-Sen slope per week) when the data allows one, the daily series' roll-ups for the charts
 * (Tablesaw columns, {@link org.walkstudy.analysis.personal.compare.DailySeries}), and the seeded synthetic
 * example person. One person's data is not a trial: every report says so.
 */
package org.walkstudy.analysis.personal.compare;
