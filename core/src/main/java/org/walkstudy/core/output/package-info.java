/** Files walkstudy writes: always whole or not at all (temp file in the same folder, then an atomic move). */
package org.walkstudy.core.output;
