using NewsBot.Benchmarks;

return await BenchmarkProgram.RunAsync(args);
