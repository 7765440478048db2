/**
 * Argument checks shared by the model's factories: each failure names the field and the value
 * that broke the rule, so a message can be traced back to the row that carried it.
 */
package org.walkstudy.core.validation;
