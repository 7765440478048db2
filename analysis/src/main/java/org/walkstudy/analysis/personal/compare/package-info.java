/**
 * Comparing one person's daily data with a study's walking protocol: the shipped protocols, weekly
 * adherence and dose, the outcome's change from a baseline (moving-block bootstrap CI) and trend
 * (Theil-Sen slope per week), and the seeded synthetic example person. One person's data is not a trial:
 * every report says so.
 */
package org.walkstudy.analysis.personal.compare;
