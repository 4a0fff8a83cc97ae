package dev.drift.shift;

import static dev.drift.shift.Sides.diffThen;
import static dev.drift.shift.Sides.flagged;
import static dev.drift.shift.Sides.pair;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoleSwapShiftDetectorTest {
  private final RoleSwapShiftDetector detector = RoleSwapShiftDetector.create();

  @Test
  void detect_should_make_swapped_roles_an_error() {
    AlignedPair pair = pair("Then Ahab called Obadiah to him.", "Then Obadiah called Ahab to him.");

    List<Finding> findings = diffThen(pair, detector);

    assertThat(findings).anySatisfy(flagged("roles swapped: Ahab … Obadiah", Severity.ERROR));
  }

  @Test
  void detect_should_leave_names_in_the_same_order_alone() {
    List<Finding> findings =
        diffThen(pair("Then Ahab called Obadiah to him.", "Ahab then summoned Obadiah."), detector);

    assertThat(findings).noneMatch(f -> f.reason != null);
  }

  @Test
  void detect_should_leave_coordinated_names_in_another_order_alone() {
    List<Finding> findings =
        diffThen(
            pair(
                "Ties between Russia and Western countries.",
                "Ties between Western countries and Russia."),
            detector);

    assertThat(findings).noneMatch(f -> f.reason != null);
  }

  @Test
  void detect_should_leave_a_moved_adjunct_of_time_or_place_alone() {
    List<Finding> findings =
        diffThen(
            pair(
                "The depot in Ghent shipped 169 boxes on Friday.",
                "On Friday the Ghent depot sent 169 boxes."),
            detector);

    assertThat(findings).noneMatch(f -> f.reason != null && f.reason.startsWith("roles"));
  }

  @Test
  void detect_should_make_a_swapped_source_and_destination_an_error() {
    AlignedPair pair =
        pair(
            "David sent the letter from Hebron to Bethel.",
            "David sent the letter from Bethel to Hebron.");

    List<Finding> findings = diffThen(pair, detector);

    assertThat(findings).anySatisfy(flagged("roles swapped: Hebron … Bethel", Severity.ERROR));
  }

  @Test
  void detect_should_make_a_swapped_giver_and_receiver_an_error() {
    AlignedPair pair = pair("Saul gave the sword to David.", "David gave the sword to Saul.");

    List<Finding> findings = diffThen(pair, detector);

    assertThat(findings).anySatisfy(flagged("roles swapped: Saul … David", Severity.ERROR));
  }
}
