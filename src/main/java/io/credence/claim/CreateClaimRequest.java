package io.credence.claim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateClaim", description = "A claim to register.")
public record CreateClaimRequest(
        @NotBlank
        @Size(max = 10_000)
        @Schema(
                description = "The checkable statement, at most 10,000 characters.",
                examples = "Moscow paid for the drones with at least 1.8 tons of gold bars")
        String text,

        @Size(max = 500)
        @Schema(
                description = "The headline a fact-check of the claim was published under, at most 500 characters. "
                        + "Optional; searches match it as well as the text, since it often uses the words a post uses.",
                examples = "Did Moscow Pay Tehran in Gold for Its Drones?")
        String headline,

        @Size(max = 300) @Schema(description = "Who made the claim.", examples = "Unnamed intelligence official")
        String claimant,

        @Valid @Schema(description = "Where the claim appeared.")
        AppearanceDto appearance,

        @Size(max = 35)
        @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", message = "must be a BCP 47 language tag")
        @Schema(description = "BCP 47 language tag of the text.", examples = "en")
        String language,

        @Size(max = 20)
        @Schema(description = "Free-form labels, compared case-insensitively.", examples = "[\"drones\", \"gold\"]")
        List<@NotBlank @Size(max = 100) String> tags) {}
