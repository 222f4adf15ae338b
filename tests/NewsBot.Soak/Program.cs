using NewsBot.Soak;

return await SoakProgram.RunAsync(args);
