package io.wirewatch.streams.alerting.internal;

import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.stories.StoryState;

/**
 * What the clusterer passes on for each article: the story after the article joined it, the article,
 * and whether the story just turned DEVELOPING. Travels between processors of one task only.
 */
public record StoryUpdate(StoryState story, EnrichedArticle article, boolean turnedDeveloping) {}
