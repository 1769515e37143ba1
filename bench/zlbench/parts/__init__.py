"""The parts of the benchmark, one module each (respawn holds the rows start shares); each
run_* function measures its part and adds its rows to the run's report."""
