package dev.pgtrickle.dao.it.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's demo runs to the end and shows what it promises, so it cannot rot. */
class DemoIT {
  @Test
  void theDemoReadsRefreshesAndIsRefusedAWrite() throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      Demo.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String output = captured.toString(StandardCharsets.UTF_8);
    original.print(output);

    assertTrue(output.contains("East               2     105.49"), output);
    assertTrue(
        output.contains("before a refresh: [RegionTotals[region=East, orderCount=2,"), output);
    assertTrue(
        output.contains(
            "after the refresh:  [RegionTotals[region=East, orderCount=3," + " total=130.49]]"),
        output);
    assertTrue(
        output.contains(
            "[P0001] ERROR: Direct DML on stream table order_totals is not" + " allowed"),
        output);
  }
}
