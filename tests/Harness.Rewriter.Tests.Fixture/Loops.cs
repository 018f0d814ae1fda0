namespace Fixture;

/// <summary>Loops that reach no scheduling point: only the rewriter's back-edge check can stop them.</summary>
public static class Loops
{
    public static long SpinForever()
    {
        long turns = 0;
        while (true)
        {
            turns++;
        }
    }

    public static int SumTo(int n)
    {
        int sum = 0;
        for (int i = 1; i <= n; i++)
        {
            sum += i;
        }

        return sum;
    }
}
