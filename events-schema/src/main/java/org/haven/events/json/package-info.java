/**
 * The JSON form of the events: one {@link com.fasterxml.jackson.databind.ObjectMapper} configuration, the
 * registry of event types and revisions, and the upcasters that turn old shapes into today's. The service
 * plugs the same upcasters into Axon; the batch applies them to records read from the topic.
 */
package org.haven.events.json;
