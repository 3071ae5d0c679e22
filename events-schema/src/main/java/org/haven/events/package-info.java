/**
 * The event contracts of Haven: what the survey-service stores and publishes on the topic
 * {@link org.haven.events.EventTopic#NAME}, and what the analytics batch replays. Events written years ago
 * must still be read, so every change of shape gets a new {@link org.haven.events.EventRevision} and an
 * upcaster in {@link org.haven.events.json}.
 */
package org.haven.events;
