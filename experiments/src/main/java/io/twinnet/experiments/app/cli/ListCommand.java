package io.twinnet.experiments.app.cli;

import io.twinnet.experiments.lab.ClaimSpec;
import io.twinnet.experiments.lab.RunnableExperiment;
import io.twinnet.experiments.lab.Profile;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code twinnet list}: the experiment catalog with its claims and grid sizes. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the experiments of the catalog and their claims.")
public final class ListCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    ListCommand(CliContext context) {
        this.context = context;
    }

    @Option(names = "--claims", description = "Also print every claim and its verdict rule.")
    boolean claims;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        out.printf("%-24s %6s %6s  %s%n", "id", "quick", "full", "title (source)");
        for (RunnableExperiment e : context.experiments()) {
            out.printf("%-24s %6d %6d  %s (%s)%n", e.id(), e.configurations(Profile.QUICK, 0).size(),
                    e.configurations(Profile.FULL, 0).size(), e.title(), e.source());
            if (claims) {
                for (ClaimSpec c : e.claims()) {
                    out.printf("    - [%s] %s%n      rule: %s%n", c.id(), c.text(), c.rule());
                }
            }
        }
        out.println("(quick/full: number of runs, each on both the core and DL4J)");
        return 0;
    }
}
