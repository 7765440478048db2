/**
 * The one exception type for problems in files a user hands to walkstudy, with the location
 * (file, line, column or field) that a person needs to fix the file.
 */
package org.walkstudy.core.input;
