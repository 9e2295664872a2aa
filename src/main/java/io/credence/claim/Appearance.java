package io.credence.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** Where a claim appeared. */
@Embeddable
public class Appearance {

    @Column(name = "appearance_url")
    public String url;

    @Column(name = "appearance_publisher")
    public String publisher;

    @Column(name = "appearance_published_at")
    public Instant publishedAt;
}
