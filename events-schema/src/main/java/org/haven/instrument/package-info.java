/**
 * The instrument model: versioned questionnaires (items, subscales, scales, composites) shipped as data
 * files and carried whole in {@link org.haven.events.study.InstrumentVersionPublished}.
 */
package org.haven.instrument;
