/**
 * Studies as published: citation, design, population, arms and the walking protocol they tested.
 */
package org.walkstudy.core.study;
